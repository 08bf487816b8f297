x: int
y: int = 1
obj.attr: str = 'a'
lst[0]: float = 1.0
(z): int = 3
items: list[int] = []
d: dict[str, int]
