# A container that contains itself prints ... where the recursion starts: [...], {...} and (...) as Py_ReprEnter does
l = [1]
l.insert(0, l)
print(l)
d = {}
d["a"] = d
print(d)
t = ([],)
t[0].append(t)
print(t, t[0])
pair = ([], 2)
pair[0].append(pair)
print(pair)
