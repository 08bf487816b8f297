# Shallow and deep copies of dicts and sets: which values are shared, and what deepcopy does to frozensets.
import copy
import sys

scores = [90, 85]
record = {"name": "ada", "scores": scores, "meta": {"level": 3}}
shallow = copy.copy(record)
print("new dict:", shallow is not record, "values shared:", shallow["scores"] is scores, shallow["meta"] is record["meta"])
print("scores count:", sys.getrefcount(scores))

deep = copy.deepcopy(record)
print("deep values new:", deep["scores"] is not scores, deep["meta"] is not record["meta"], deep == record)
print("scores count after deepcopy:", sys.getrefcount(scores), sys.getrefcount(deep["scores"]))
print("keys order kept:", list(deep))

tags = {1, 2, 3}
tags_copy = copy.copy(tags)
print("set copy:", tags_copy is not tags, tags_copy == tags)
tags_deep = copy.deepcopy(tags)
print("set deepcopy:", tags_deep is not tags, sorted(tags_deep))

frozen = frozenset({4, 5})
print("frozenset copy is itself:", copy.copy(frozen) is frozen)
frozen_deep = copy.deepcopy(frozen)
print("frozenset deepcopy is new:", frozen_deep is not frozen, frozen_deep == frozen)

nested = {"a": [1, [2, 3]], "b": ({"x": 1},)}
nested_deep = copy.deepcopy(nested)
print("nested:", nested_deep == nested, nested_deep["a"][1] is not nested["a"][1], nested_deep["b"][0] is not nested["b"][0])
print("counts:", sys.getrefcount(nested["a"][1]), sys.getrefcount(nested_deep["a"][1]))
