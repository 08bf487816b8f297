# itertools: groupby, accumulate, product, permutations, combinations, tee, islice, chain, zip_longest, pairwise, starmap with refcounts
import itertools as it, operator, sys, gc

data = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for k, g in it.groupby(data, key=lambda s: s[0]):
    print(k, list(g))
for k, g in it.groupby(sorted(data), key=operator.itemgetter(0)):
    print(k, len(list(g)))
print(list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([3, 1, 4], max, initial=2)))
print(list(it.product("ab", repeat=2)), len(list(it.product(range(3), range(4)))))
print(list(it.permutations([1, 2, 3], 2)))
print(list(it.combinations("abcd", 3)), list(it.combinations_with_replacement("ab", 2)))
print(list(it.islice(it.count(5, 3), 2, 8, 2)))
print(list(it.chain.from_iterable(["ab", [1, 2], (None,)])))
print(list(it.zip_longest("abc", [1], fillvalue="-")))
print(list(it.pairwise("abcd")), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1])), list(it.dropwhile(lambda x: x < 3, [1, 4, 1])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.filterfalse(None, [0, 1, "", "x"])))

obj = object()
print("start", sys.getrefcount(obj))
rep = it.repeat(obj, 3)
print("repeat", sys.getrefcount(obj))
first = next(rep)
print("after next", sys.getrefcount(obj))
del rep, first
print("after del", sys.getrefcount(obj))
src = [obj, obj]
a, b = it.tee(src)
print(next(a) is obj, sys.getrefcount(obj))
del a
print(sys.getrefcount(obj))
print(len(list(b)), sys.getrefcount(obj))
del b
cyc = it.cycle([obj])
next(cyc); next(cyc)
print("cycle", sys.getrefcount(obj))
del cyc
print(sys.getrefcount(obj))
pw = it.pairwise([obj, 1, 2])
print(next(pw)[0] is obj, sys.getrefcount(obj))
del pw
print(sys.getrefcount(obj))
prod = it.product([obj], [1, 2])
print("product", sys.getrefcount(obj))
next(prod)
print("product after next", sys.getrefcount(obj))
del prod
print(sys.getrefcount(obj))
print(gc.is_tracked(it.count()), gc.is_tracked(it.chain()), gc.is_tracked(it.repeat(1)))
print(sys.getsizeof(it.count()), sys.getsizeof(it.chain()), sys.getsizeof(it.tee([])[0]))
