# A dict subclass behaves as a dict; __missing__ supplies absent keys for d[k] only (not get, not in)
class Counter(dict):
    def __missing__(self, key):
        return 0


c = Counter()
for word in ["a", "b", "a", "c", "a"]:
    c[word] += 1
print(c, len(c), c["a"], c["zzz"], "zzz" in c, c.get("zzz"), c.get("zzz", -1))
print(sorted(c.items()), list(c), list(c.keys()), list(c.values()))
print(type(c) is Counter, isinstance(c, dict), c == {"a": 3, "b": 1, "c": 1}, {"a": 3, "b": 1, "c": 1} == c)
print(dict(c), type(dict(c)).__name__, c.copy(), type(c.copy()).__name__)


class Defaulting(dict):
    def __missing__(self, key):
        print("missing", key)
        self[key] = []
        return self[key]


d = Defaulting(x=[1])
d["y"].append(2)
d["x"].append(3)
print(d, d.setdefault("z", 5), d.pop("z"), d)


class Config(dict):
    def describe(self):
        return ", ".join(f"{k}={v}" for k, v in self.items())


cfg = Config({"a": 1}, b=2)
cfg.update(c=3)
print(cfg.describe(), cfg, repr(cfg))
del cfg["a"]
print(cfg, cfg.popitem(), cfg, Config([("p", 1), ("q", 2)]))
print({**cfg, "r": 0}, cfg | {"s": 1}, type(cfg | {"s": 1}).__name__)
for key in Config(one=1, two=2):
    print("key", key)
