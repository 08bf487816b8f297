# copy.copy makes a new outer list whose items are shared; copy.deepcopy copies the nested lists too.
import copy
import sys

inner_a = [1, 2]
inner_b = [3, 4]
outer = [inner_a, inner_b, 5]
print("before:", sys.getrefcount(inner_a), sys.getrefcount(outer))

shallow = copy.copy(outer)
print("shallow is outer:", shallow is outer, "equal:", shallow == outer)
print("items shared:", shallow[0] is inner_a, shallow[1] is inner_b)
print("inner_a held by outer and shallow:", sys.getrefcount(inner_a))
print("shallow's own count:", sys.getrefcount(shallow))

deep = copy.deepcopy(outer)
print("deep items new:", deep[0] is not inner_a, deep[1] is not inner_b, deep[0] == inner_a)
print("originals after deepcopy:", sys.getrefcount(inner_a), sys.getrefcount(outer))
print("deep copies held once:", sys.getrefcount(deep[0]), sys.getrefcount(deep))
print("ints are shared:", deep[2] is outer[2])

inner_a.append(99)
print("shallow sees the change:", shallow[0])
print("deep does not:", deep[0])

# The copy of a list is sized exactly; deepcopy builds its lists by appending.
grown = [0, 1, 2, 3, 4]
print("sizes:", sys.getsizeof(grown), sys.getsizeof(copy.copy(grown)), sys.getsizeof(copy.deepcopy(grown)))
del shallow
print("inner_a after del shallow:", sys.getrefcount(inner_a))
