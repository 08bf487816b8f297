# str.split and rsplit with a separator longer (or of a wider kind) than the str give a 1-slot list holding the str itself
import sys
s = 'ab'
print(sys.getsizeof(''.split(' ')), sys.getsizeof('ab'.split('xyz', 1)), sys.getsizeof(s.split('xyz')), s.split('xyz')[0] is s, s.rsplit('abc')[0] is s)
print(sys.getsizeof(s.split('€')), s.split('€'), s.rsplit('€', 0), sys.getsizeof('a€'.split('€')))
class S(str): pass
t = S('ab')
r = t.split('xyz')
print(type(r[0]).__name__, r[0] is t, type(t.split('b')[0]).__name__)
print(sys.getsizeof(b''.split(b' ')), sys.getsizeof('x'.split('x')), sys.getsizeof('ab'.split('ab')))
try: ''.split('')
except ValueError as e: print(e)
