# assert raises AssertionError with an optional message.
def check(n):
    assert n > 0, f"expected positive, got {n}"
    return n

print(check(3))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert []
except AssertionError as e:
    print("empty message:", repr(str(e)))
assert 1 == 2, "final"
