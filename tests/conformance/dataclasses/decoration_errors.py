# Errors @dataclass raises while processing a class: default ordering, mutable defaults, field() misuse, frozen mixing
from dataclasses import dataclass, field, KW_ONLY

def attempt(make):
    try:
        cls = make()
        print("made", cls.__name__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

def ordering():
    @dataclass
    class A:
        x: int = 0
        y: int
    return A
attempt(ordering)

def mutable_list():
    @dataclass
    class B:
        items: list = []
    return B
attempt(mutable_list)

def mutable_dict():
    @dataclass
    class C:
        table: dict = field(default={})
    return C
attempt(mutable_dict)

def mutable_set():
    @dataclass
    class S:
        seen: set = set()
    return S
attempt(mutable_set)

def both_defaults():
    return field(default=1, default_factory=list)
attempt(both_defaults)

def no_annotation():
    @dataclass
    class D:
        x: int
        y = field(default=3)
    return D
attempt(no_annotation)

def two_kw_only():
    @dataclass
    class E:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
        c: int
    return E
attempt(two_kw_only)

def frozen_from_plain():
    @dataclass
    class Base:
        x: int
    @dataclass(frozen=True)
    class Child(Base):
        y: int
    return Child
attempt(frozen_from_plain)

def plain_from_frozen():
    @dataclass(frozen=True)
    class Base:
        x: int
    @dataclass
    class Child(Base):
        y: int
    return Child
attempt(plain_from_frozen)

def frozen_with_setattr():
    @dataclass(frozen=True)
    class F:
        x: int
        def __setattr__(self, name, value):
            pass
    return F
attempt(frozen_with_setattr)

def weakref_without_slots():
    @dataclass(weakref_slot=True)
    class G:
        x: int
    return G
attempt(weakref_without_slots)

def unhashable_custom():
    class Box:
        __hash__ = None
    @dataclass
    class H:
        b: Box = Box()
    return H
attempt(unhashable_custom)

def kw_only_fine():
    @dataclass
    class K:
        a: int = 0
        _: KW_ONLY
        b: int
    return K
attempt(kw_only_fine)
