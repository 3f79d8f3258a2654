"""Experiment, not part of the product: would a statistical name recogniser help on texts nobody tuned on?

    .venv/bin/python tools/ner_experiment.py [EPOCHS] [TEST_FOLDER]     (default 14, tests/unseen; ~5 min)

Trains spaCy's NER (spacy.blank("zh"), one character per token, no pretrained vectors) on the gold names of
the development sets (tests/devset_other and tests/devset: every occurrence of a gold name or alias in its
text, longest first), then scores it on TEST_FOLDER beside the rules' extraction and the union of both. All
three are scored with one simple matcher (a predicted name right if it equals, after NFKC and dropping
punctuation, a name or alias of any gold entity of its text; a gold entity found if any prediction does),
which is simpler than evaluation/docset.py's, so compare the rows with each other, not with `kg eval`.
The model is written to a temporary folder and never shipped (docs/QUALITY.md, "The unseen set").
"""
import random, re, sys, tempfile, time, unicodedata, yaml
from pathlib import Path
import spacy
from spacy.training import Example

MAIN = Path(__file__).resolve().parent.parent
TYPES = ['Project', 'Enterprise', 'Industry', 'Park', 'County_or_Zone', 'Cluster']

def norm(s):
    s = unicodedata.normalize('NFKC', s).lower()
    return re.sub(r'[\s\W_]+', '', s)

def load(folder):
    gold = yaml.safe_load((folder / 'gold.yaml').read_text())
    out = []
    for g in gold:
        text = (folder / 'docs' / g['file']).read_text()
        out.append((g['file'], text, g.get('entities') or []))
    return out

def spans(text, ents):
    cands = []
    for e in ents:
        if e['type'] not in TYPES: continue
        for n in [e['name'], *(e.get('aliases') or [])]:
            if len(n) < 2: continue
            for m in re.finditer(re.escape(n), text):
                cands.append((m.start(), m.end(), e['type']))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken, keep = set(), []
    for s, e, t in cands:
        if any(i in taken for i in range(s, e)): continue
        taken.update(range(s, e)); keep.append((s, e, t))
    return sorted(keep)

def chunks(text, ents):
    # sentences of at most ~200 chars, spans shifted
    sp = spans(text, ents); out = []; start = 0
    for m in re.finditer(r'[。！？\n]', text + '\n'):
        end = m.end()
        seg = text[start:end]
        if seg.strip():
            out.append((seg, [(s - start, e - start, t) for s, e, t in sp if s >= start and e <= end]))
        start = end
    return out

nlp = spacy.blank('zh')  # character segmentation
ner = nlp.add_pipe('ner')
for t in TYPES: ner.add_label(t)
train = []
for folder in [MAIN / 'tests/devset_other', MAIN / 'tests/devset']:
    for f, text, ents in load(folder):
        for seg, sp in chunks(text, ents):
            doc = nlp.make_doc(seg)
            ok = [(s, e, t) for s, e, t in sp if doc.char_span(s, e, label=t) is not None]
            train.append(Example.from_dict(doc, {'entities': ok}))
print('training segments', len(train), flush=True)
random.seed(0)
opt = nlp.initialize(lambda: train)
t0 = time.time()
for epoch in range(int(sys.argv[1]) if len(sys.argv) > 1 else 14):
    random.shuffle(train); losses = {}
    for i in range(0, len(train), 16):
        nlp.update(train[i:i + 16], sgd=opt, drop=0.2, losses=losses)
    print('epoch', epoch, round(losses.get('ner', 0)), round(time.time() - t0), 's', flush=True)
nlp.to_disk(tempfile.mkdtemp(prefix='ner-experiment-'))

def score(pred_by_doc, docs, label):
    tot = {t: [0, 0, 0, 0] for t in TYPES + ['all']}  # gold, found, pred, pred matched
    for f, text, ents in docs:
        golds = [(e['type'], {norm(n) for n in [e['name'], *(e.get('aliases') or [])]}) for e in ents if e['type'] in TYPES]
        allkeys = set().union(*[k for _, k in golds]) if golds else set()
        preds = pred_by_doc.get(f, set())
        for t, keys in golds:
            for k in (t, 'all'):
                tot[k][0] += 1; tot[k][1] += any(keys & {norm(x) for x in p} for p, _ in preds)
        for p, t in preds:
            for k in ({t, 'all'} if t in TYPES else {'all'}):
                tot[k][2] += 1; tot[k][3] += bool({norm(x) for x in p} & allkeys)
    print(label)
    for t, (g, fnd, p, pm) in tot.items():
        print(f'  {t:15s} gold {g:4d} pred {p:4d}  P {pm / max(p, 1):.3f}  R {fnd / max(g, 1):.3f}')

test_folder = MAIN / (sys.argv[2] if len(sys.argv) > 2 else 'tests/unseen')
unseen = load(test_folder)
ml = {}
for f, text, _ in unseen:
    names = set()
    for seg, _ in chunks(text, []):
        for e in nlp(seg).ents: names.add((frozenset([e.text]), e.label_))
    ml[f] = names
score(ml, unseen, 'statistical NER (trained on devset_other + devset)')

sys.path.insert(0, str(MAIN))
from evaluation.docset import load_docset, extract_docset
folder = test_folder
graphs = extract_docset(folder, load_docset(folder))
lab = {'Project': 'Project', 'Enterprise': 'Enterprise', 'Park': 'Park', 'County': 'County_or_Zone', 'Cluster': 'Industry'}
rules = {f: {(frozenset([n.name, *(n.aliases or [])]), lab.get(n.label.value, n.label.value)) for n in g.nodes if n.label.value in lab} for f, g in graphs.items()}
score(rules, unseen, 'rules (main), same matcher, Cluster nodes counted as Industry')
both = {f: rules.get(f, set()) | ml.get(f, set()) for f in set(rules) | set(ml)}
score(both, unseen, 'union')
