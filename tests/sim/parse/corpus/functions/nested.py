def outer(x):
    def inner(y):
        def innermost(z):
            return x + y + z
        return innermost
    return inner


def docstring():
    """A docstring."""
    return 1
