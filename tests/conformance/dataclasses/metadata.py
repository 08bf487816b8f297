# field(metadata=...): a read-only mappingproxy over the mapping, shared empty metadata, its errors and size
import sys
from dataclasses import dataclass, field, fields
@dataclass
class M:
    x: int = field(default=0, metadata={"unit": "cm", "max": 10})
    y: int = 0
f, g = fields(M)
print(f.metadata, f.metadata["unit"], len(f.metadata), "max" in f.metadata, list(f.metadata), f.metadata.get("nope", 1))
print(g.metadata, type(f.metadata).__name__, sys.getsizeof(f.metadata), g.metadata is fields(M)[1].metadata)
print(dict(f.metadata.items()), f.metadata == {"unit": "cm", "max": 10}, str(f.metadata))
try:
    field(metadata=[1])
except TypeError as e:
    print(e)
try:
    f.metadata["unit"] = "m"
except TypeError as e:
    print(e)
