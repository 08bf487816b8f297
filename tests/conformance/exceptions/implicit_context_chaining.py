# An exception raised inside an except block, by an operation or a call, gets the handled one as __context__ (replacing any; cycles are cut)
def g():
    try:
        1/0
    except ZeroDivisionError:
        yield 1
it = g(); next(it)
try:
    it.throw(KeyError('k'))
except KeyError as e:
    print(repr(e.__context__))
try:
    1/0
except Exception as e:
    saved = e
try:
    {}['x']
except KeyError:
    try:
        raise saved
    except ZeroDivisionError as z:
        print(repr(z.__context__))
def inner():
    return [][0]
try:
    {}['y']
except KeyError:
    try:
        inner()
    except IndexError as e:
        print(repr(e.__context__))
a = ValueError('a')
b = TypeError('b')
try:
    raise a
except ValueError:
    try:
        raise b
    except TypeError:
        try:
            raise a
        except ValueError as again:
            print(repr(again.__context__), repr(b.__context__))
try:
    {}['a']
except KeyError:
    try:
        [][0]
    except IndexError as e:
        print(repr(e.__context__))
        err = e
print(repr(err.__context__))
try:
    try:
        {}['a']
    except KeyError:
        [][0]
except IndexError as e2:
    print(repr(e2.__context__))
