# An uncaught KeyError shows the repr of the missing key.
d = {"a": 1}
print(d["a"])
d["missing"]
