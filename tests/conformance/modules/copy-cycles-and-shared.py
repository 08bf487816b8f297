# deepcopy keeps shared sub-objects shared and cycles cyclic (its memo), and a memo passed in is filled.
import copy
import gc
import sys

shared = [0]
pair = [shared, shared]
pair_copy = copy.deepcopy(pair)
print("still shared:", pair_copy[0] is pair_copy[1], pair_copy[0] is not shared)
print("shared copy count:", sys.getrefcount(pair_copy[0]))

loop = [1]
loop.append(loop)
loop_copy = copy.deepcopy(loop)
print("cycle copied:", loop_copy[1] is loop_copy, loop_copy is not loop)
print("loop counts:", sys.getrefcount(loop), sys.getrefcount(loop_copy))

d = {"self": None}
d["self"] = d
d_copy = copy.deepcopy(d)
print("dict cycle:", d_copy["self"] is d_copy)

t = ([],)
t[0].append(t)
t_copy = copy.deepcopy(t)
print("tuple cycle:", t_copy[0][0] is t_copy, t_copy is not t)

memo = {}
data = [[1], [2]]
first = copy.deepcopy(data, memo)
second = copy.deepcopy(data, memo)
print("same memo, same copy:", first is second)
print("memo entries:", len(memo))
print("data kept alive by memo:", sys.getrefcount(data))
memo.clear()
print("after memo.clear():", sys.getrefcount(data))

gc.collect()
del loop, loop_copy, d, d_copy, t, t_copy
print("collected:", gc.collect())
