# A chained exception: both tracebacks carry their carets
def parse(text):
    return int(text) * 2


def load(values):
    try:
        return [parse(v) for v in values]
    except ValueError as error:
        raise RuntimeError("bad input") from error


load(["1", "x"])
