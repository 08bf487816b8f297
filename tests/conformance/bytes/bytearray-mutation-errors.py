# bytearray: CPython's errors for item and slice assignment, deletion, the mutating methods and += / *=
def attempt(label, action):
    try:
        action()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)
b = bytearray(b"abc")
def setitem(key, value):
    b[key] = value
def delitem(key):
    del b[key]
attempt("b[0] = 300", lambda: setitem(0, 300))
attempt("b[0] = 'a'", lambda: setitem(0, "a"))
attempt("b[0] = 1.5", lambda: setitem(0, 1.5))
attempt("b[0] = b'a'", lambda: setitem(0, b"a"))
attempt("b[5] = 1", lambda: setitem(5, 1))
attempt("b['a'] = 1", lambda: setitem("a", 1))
attempt("del b[5]", lambda: delitem(5))
attempt("del b['a']", lambda: delitem("a"))
attempt("b[0:1] = 5", lambda: setitem(slice(0, 1), 5))
attempt("b[0:1] = 'ab'", lambda: setitem(slice(0, 1), "ab"))
attempt("b[0:1] = [300]", lambda: setitem(slice(0, 1), [300]))
attempt("b[0:1] = None", lambda: setitem(slice(0, 1), None))
attempt("b[::2] = b'xyz'", lambda: setitem(slice(None, None, 2), b"xyz"))
print(b)
attempt("append(300)", lambda: b.append(300))
attempt("append('a')", lambda: b.append("a"))
attempt("append()", lambda: b.append())
attempt("insert(1)", lambda: b.insert(1))
attempt("insert('a', 1)", lambda: b.insert("a", 1))
attempt("insert(1, 'a')", lambda: b.insert(1, "a"))
attempt("extend(1)", lambda: b.extend(1))
attempt("extend('ab')", lambda: b.extend("ab"))
attempt("extend([1, 'a'])", lambda: b.extend([1, "a"]))
attempt("extend([1, 256])", lambda: b.extend([1, 256]))
print(b)
attempt("pop(5)", lambda: b.pop(5))
attempt("pop('a')", lambda: b.pop("a"))
attempt("bytearray().pop()", lambda: bytearray().pop())
attempt("remove(120)", lambda: b.remove(120))
attempt("remove(300)", lambda: b.remove(300))
attempt("remove('a')", lambda: b.remove("a"))
attempt("reverse(1)", lambda: b.reverse(1))
attempt("clear(1)", lambda: b.clear(1))
attempt("copy(1)", lambda: b.copy(1))
attempt("upper(1)", lambda: b.upper(1))
def iadd(x):
    global b
    b += x
def imul(x):
    global b
    b *= x
attempt("b += 1", lambda: iadd(1))
attempt("b += 'a'", lambda: iadd("a"))
attempt("b *= 'a'", lambda: imul("a"))
attempt("b += b", lambda: iadd(b))
attempt("hash(b)", lambda: hash(b))
attempt("{b: 1}", lambda: {b: 1})
attempt("{b}", lambda: {b})
print(b)
b[0] = True
b[1:2] = b
print(b)
b.extend(b)
print(b)
b.extend(iter(b))
print(b, len(b))
b = bytearray(b"abcdef")
b[::2] = [65, 66, 67]
print(b)
b[::-2] = b"XYZ"
print(b)
b[4:1] = b"Q"
print(b)
b[0:2] = (1, 2, 3)
print(b)
del b[::2], b[-1]
print(b)
b.insert(-100, 0)
b.insert(100, 255)
print(b, b.pop(), b.pop(0), b.pop(-2), b)
frozen = bytes(b)
frozen_hash = hash(frozen)
print(frozen, {frozen: "bytes can be keys"}[bytes(b)])
{bytearray(b"x"): 1}
