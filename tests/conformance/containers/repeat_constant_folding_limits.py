# Which constant repeats the compiler folds: a folded result is a code constant (one more reference), limited by size and nested items
import sys

at_limit = ((1, 2, 3, 4),) * 200
past_nested_limit = ((1, 2, 3, 4, 5),) * 200
deep_at_limit = (((1, 2), (3, 4)),) * 100
deep_past_limit = (((1, 2, 3), (4, 5, 6)),) * 100
flat_at_limit = (1, 2) * 128
flat_past_limit = (1, 2) * 129
tuples = [at_limit, past_nested_limit, deep_at_limit, deep_past_limit, flat_at_limit, flat_past_limit]
print([sys.getrefcount(t) - 1 for t in tuples])
print([len(t) for t in tuples])
text_at_limit = "a b" * 1365
text_past_limit = "a b" * 1366
data_at_limit = b"a b" * 1365
data_past_limit = b"a b" * 1366
print([sys.getrefcount(x) for x in (text_at_limit, text_past_limit, data_at_limit, data_past_limit)])
def again():
    return ((1, 2, 3, 4),) * 200
print(again() is at_limit, again() is again())
