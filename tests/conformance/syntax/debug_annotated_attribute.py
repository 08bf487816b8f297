# an annotated attribute named __debug__ without a value: at the statement
class A:
    pass
A.__debug__: int
