# printf-style % as PyUnicode_Format: * widths and precisions, %a, mappings through __getitem__, and CPython's errors
print('%a|%a|%5a' % ('é', ['ü', 1], 'x'), ascii('日本'), ascii(['é']))
print('%*d|%-*d|%.*f|%*.*s' % (5, 42, 4, 7, 2, 3.14159, 6, 2, 'abcdef'))
print('%s %s' % ('a', ['b']), '%r' % ({'k': 1},), '%(a)s %(a)r' % {'a': 'x'})
print('%5s|%-5s|%05d|%+.1e|%#x|%#o|%c' % ('ab', 'cd', -42, 12345.678, 255, 8, 'Z'))
for bad in [lambda: '%d' % 'x', lambda: '%s %s' % ('a',), lambda: '%s' % ('a', 'b'), lambda: '%(k)s' % ['x'], lambda: '%z' % 1, lambda: '%(k)s' % {}, lambda: '%c' % 'ab', lambda: '%d' % [1], lambda: '%f' % 'x']:
    try:
        print(bad())
    except (TypeError, ValueError, KeyError) as error:
        print(type(error).__name__, error)
class M:
    def __getitem__(self, key):
        return key.upper()
print('%(hello)s %(x)r' % M())
print('%s' % {'a': 1}, '%s' % (1,), '%%' % (), '%s%%' % 5)
