# Strings inside typing subscriptions become ForwardRefs; get_type_hints evaluates them and the ForwardRef keeps the value
import gc
import sys
from typing import Dict, ForwardRef, Generic, List, Optional, TypeVar, Union, get_type_hints


class Node:
    def __init__(self, value: int, nxt: Optional["Node"] = None) -> None:
        self.value = value
        self.nxt = nxt

    def walk(self) -> List["Node"]:
        out = []
        node = self
        while node is not None:
            out.append(node)
            node = node.nxt
        return out


print(Node.__init__.__annotations__, Node.walk.__annotations__)
ref = Node.walk.__annotations__["return"].__args__[0]
print(ref, type(ref).__name__, ref.__forward_arg__, ref.__forward_evaluated__, ref.__forward_value__, sys.getsizeof(ref), gc.is_tracked(ref))
before = sys.getrefcount(Node)
print(get_type_hints(Node.walk), ref.__forward_evaluated__, ref.__forward_value__, sys.getrefcount(Node) - before)
hints = get_type_hints(Node.__init__)
print(hints, sys.getrefcount(Node) - before)
print(hints["nxt"] is Optional[Node], hints["return"], get_type_hints(Node.__init__) == hints)
del hints
print(sys.getrefcount(Node) - before)
chain = Node(1, Node(2, Node(3)))
print([n.value for n in chain.walk()], sys.getrefcount(chain))
print(ForwardRef("Node") == ForwardRef("Node"), ForwardRef("Node") == ref, hash(ForwardRef("A")) == hash(ForwardRef("A")), ForwardRef("A") == "A")
print(Union["A", "A", "B"], Optional["Node"] is Optional["Node"], List["Node"] == List["Node"], Dict[str, "Node"] | None, "Node" | ref if False else "")


class Tree:
    left: Optional["Tree"]
    right: "Tree"
    items: List["Node"]
    size: "int" = 0


print(Tree.__annotations__)
print(get_type_hints(Tree))
T = TypeVar("T", bound="Node")
print(T.__bound__, T.__bound__.__forward_arg__)


class Box(Generic[T]):
    pass


print(Box["Node"], Box["Node"] is Box["Node"])


def later(x: "Missing") -> None:
    pass


try:
    get_type_hints(later)
except NameError as e:
    print("NameError:", e)


def dotted(x: "sys.getrefcount") -> "gc.collect":
    pass


print(len(get_type_hints(dotted)))
