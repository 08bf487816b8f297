def f(a: int, b: str = 'x', *args: int, c: bool = True, **kw: dict) -> None:
    pass
def g() -> 'Forward':
    pass
def h(x: list[int] | None = None) -> dict[str, int]:
    return {}
