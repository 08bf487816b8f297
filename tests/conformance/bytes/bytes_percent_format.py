# bytes % args (_PyBytes_FormatEx): every conversion, its errors, bytearray templates, __bytes__ and __index__
cases = [
 (b'%s', 5), (b'%c', 'a'), (b'%c', 256), (b'%c', -1), (b'%c', b'ab'), (b'%c', 1.5), (b'%d', 'x'), (b'%x', 1.5), (b'%f', 'x'), (b'%y', 1),
 (b'%s %s', (1,)), (b'%s', (b'a', b'b')), (b'abc', 'x'), (b'abc', b'x'), (b'abc', bytearray(b'x')), (b'%(a)s', {'a': b'1'}), (b'%(a)s', [1]),
 (b'%(a)s|%(b)d', {b'a': b'1', b'b': 2}), (b'%5s|%-5s|%.1s', (b'ab', b'cd', b'ef')), (b'%a %r', ('\u00e9', [1])), (b'%c%c%c', (b'x', bytearray(b'y'), 65)),
 (b'%i %u %05.1f %e %g %#x %#o %+d', (1, 2, 3.14159, 1e10, 0.5, 255, 8, 3)),
 (b'%', ()), (b'%(a', {}), (b'\xff%s', (b'\xfe',)), (b'%s', True), (b'%*d', (5, 3)), (b'%.*f', (2, 3.14159)), (b'%%%d%%', 7), (b'abc', ()),
 (b'%s', ([1],)), (b'%(a)s', (1,)), (b'%d', 2**70), (b'%x', -255), (b'%c', True), (b'', {}),
]
for t, a in cases:
    try:
        print(repr(t % a))
    except Exception as e:
        print(type(e).__name__, e)
class B:
    def __bytes__(self):
        return b'BB'
    def __repr__(self):
        return "Bé"
class N:
    def __bytes__(self):
        return 'no'
    def __repr__(self):
        return "N()"
class I:
    def __index__(self):
        return 65
    def __repr__(self):
        return "I()"
for a in [B(), N(), I()]:
    for t in (b'%s', b'%c', b'%d', b'%a'):
        try:
            print(repr(t % a))
        except Exception as e:
            print(type(e).__name__, e)
r = bytearray(b'%s-%d') % (b'q', 3)
print(repr(r), type(r).__name__)
import sys
x = b"data"
print(sys.getrefcount(x))
y = b"[%s]" % x
print(sys.getrefcount(x), y, sys.getsizeof(y))
print(b"%s" % b"" == b"", (b"%s" % b"abc") is b"abc")
