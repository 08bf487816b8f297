// typing's small runtime helpers, Python functions in 3.11's Lib/typing.py: pymem runs them as Python at import
// (typing-module.ts), so they are functions of module typing with its parameters, and what they do at run
// time (an attribute set, a line on stderr, an AssertionError) happens as there.
export const TYPING_FUNCTIONS_SOURCE = String.raw`
import sys


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


_ASSERT_NEVER_REPR_MAX_LENGTH = 100


def assert_never(arg, /):
    shown = repr(arg)
    if len(shown) > _ASSERT_NEVER_REPR_MAX_LENGTH:
        shown = shown[:_ASSERT_NEVER_REPR_MAX_LENGTH] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {shown}")
`;
