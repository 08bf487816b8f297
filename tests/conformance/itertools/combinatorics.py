# product, permutations and combinations: results, pools held as tuples, and the result tuple reused once the caller drops it.
import sys
import gc
import itertools

print(list(itertools.product("ab", [1, 2])), list(itertools.product([1, 2], repeat=2)))
print(list(itertools.product()), list(itertools.product([], [1])), list(itertools.product("ab", repeat=0)))
print(list(itertools.permutations("abc")), list(itertools.permutations(range(3), 2)), list(itertools.permutations([], 0)), list(itertools.permutations([1], 2)))
print(list(itertools.combinations(range(4), 3)), list(itertools.combinations("ab", 0)), list(itertools.combinations("ab", 3)))
print(list(itertools.combinations_with_replacement("abc", 2)), list(itertools.combinations_with_replacement([], 2)), list(itertools.combinations_with_replacement([], 0)))

pool = (10, 20, 30)
p = itertools.product(pool, pool)
print(sys.getrefcount(pool))
first = next(p)
ident = id(first)
print(first, sys.getrefcount(first))
del first
again = next(p)
print(again, id(again) == ident, sys.getrefcount(again))
kept = next(p)
print(kept is again, kept, again)
refs = gc.get_referents(p)
print(len(refs), refs[0], refs[1] is kept)
del refs
lst = [["x"], ["y"]]
pr = itertools.permutations(lst)
print(sys.getrefcount(lst), sys.getrefcount(lst[0]))
print(next(pr), sys.getrefcount(lst[0]))
print(list(pr), sys.getrefcount(lst[0]))
del pr
print(sys.getrefcount(lst[0]))
co = itertools.combinations(pool, 2)
print(sys.getrefcount(pool))
seen = [id(t) for t in co]
print(len(seen), len(set(seen)))
del co
print(sys.getrefcount(pool))
for o in (itertools.product([1], [2]), itertools.product(), itertools.permutations([1, 2]), itertools.permutations([1, 2, 3], 1), itertools.combinations([1, 2], 1), itertools.combinations_with_replacement([1], 2)):
    print(type(o).__name__, sys.getsizeof(o), gc.is_tracked(o))
