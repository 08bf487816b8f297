# Exceptions kept on the objects that raised them, with attributes of their own: gc.collect() counts their dicts, tracebacks and frames
import gc, sys
gc.collect()
class Job:
    def __init__(self, name):
        self.name = name
        self.error = None
    def run(self):
        try:
            raise RuntimeError(self.name)
        except RuntimeError as e:
            self.error = e
jobs = [Job(f'j{i}') for i in range(3)]
for j in jobs:
    j.run()
print([str(j.error) for j in jobs], sys.getrefcount(jobs[0].error))
jobs[0].error.job = jobs[0]
del jobs
print(gc.collect())
errs = {}
for k in 'ab':
    try:
        {}[k]
    except KeyError as e:
        errs[k] = e
        e.key = k
print({k: (v.key, len(gc.get_referents(v))) for k, v in errs.items()})
errs['a'].peer = errs['b']; errs['b'].peer = errs['a']
errs.clear()
print(gc.collect())
