# a naked exception caught by except* and re-raised stays wrapped in a group without a traceback of its own
try:
    raise ValueError(1)
except* ValueError as e:
    raise
