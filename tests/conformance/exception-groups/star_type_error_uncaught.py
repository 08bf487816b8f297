# an uncaught TypeError from except* ExceptionGroup points at the handler
try:
    raise ValueError(1)
except* (ValueError, ExceptionGroup):
    pass
