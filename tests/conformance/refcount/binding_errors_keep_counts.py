# A call that fails to bind its arguments releases each one exactly once, and reports CPython's message
import sys

class Token:
    pass

token = Token()

def two(a, b):
    return a

def keyword_only(a, *, c):
    return a

def attempt(call):
    try:
        call()
    except TypeError as error:
        print(error)
    print("  refcount:", sys.getrefcount(token))

attempt(lambda: two(b=token))
attempt(lambda: two(token, token, token))
attempt(lambda: two(token, a=token))
attempt(lambda: two(1, 2, 3, key=token))
attempt(lambda: keyword_only(1, 2, c=token))
attempt(lambda: keyword_only(1, 2, 3, c=token, d=token))
attempt(lambda: keyword_only(token))

def collect(*args, **kwargs):
    return kwargs

kw = collect(alpha=token)
print(list(kw), sys.getrefcount(token))
