# raise ... from ... chains exceptions; the last line is the new one.
def load(key):
    try:
        return {}[key]
    except KeyError as e:
        raise LookupError("no setting " + key) from e

load("colour")
