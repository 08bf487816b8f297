# string's constants and capwords, which splits on whitespace (or sep) and capitalizes each word
import string
for name in ('ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits', 'octdigits', 'punctuation', 'printable', 'whitespace'):
    value = getattr(string, name)
    print(name, len(value), repr(value))
print(string.capwords('  the quick   brown\tfox  '))
print(string.capwords('hello-wORLD-again', '-'))
print(string.capwords('a--b', '-'), repr(string.capwords('')), repr(string.capwords('   ')))
print(string.capwords('ÉCOLE élève'))
print(all(c in string.printable for c in string.ascii_letters + string.digits))
print(set('hello, world!') & set(string.punctuation) == {',', '!'})
print(string.capwords.__name__, string.capwords.__module__, string.capwords.__defaults__)
for call in (lambda: string.capwords(), lambda: string.capwords(1), lambda: string.capwords('a b', 1), lambda: string.capwords(s='x y', sep=None, x=1)):
    try:
        print(call())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
from string import ascii_lowercase as letters, capwords
print(letters[:5], capwords('from import'))
