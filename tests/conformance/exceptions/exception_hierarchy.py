# Handlers match subclasses; the first matching clause wins.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup: " + type(e).__name__
    except ArithmeticError as e:
        return "arithmetic: " + type(e).__name__
    except Exception as e:
        return "other: " + type(e).__name__

for exc in [KeyError("k"), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), TypeError()]:
    print(classify(exc))
print(issubclass(KeyError, LookupError), issubclass(bool, int), KeyError.__mro__[1].__name__)
