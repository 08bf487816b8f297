# hash("") and hash(b"") are 0 whatever the hash seed (_Py_HashBytes), so a set or dict with the empty string places it as CPython does
print(hash(""), hash(b""), hash("") == hash(0), hash(b"") == hash(False))
s = {0, "", 8}
print(len(s), "" in s, b"" in {b""})
d = {"": "empty", 0: "zero"}
print(d, d[""], d[0])
