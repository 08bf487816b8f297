"""A module docstring becomes __doc__; so does a class's. A function keeps its own in its code object."""


class Plain:
    pass


def placeholder():
    """Does nothing yet."""
    ...
    42
    "a stray string"
    return None


class Shape:
    """A shape."""
    sides = 0


print(__doc__)
print(Shape.__doc__, Plain.__doc__, placeholder.__doc__, placeholder())
print(sorted(k for k in globals() if k == "__doc__"), "__doc__" in vars(Shape))
