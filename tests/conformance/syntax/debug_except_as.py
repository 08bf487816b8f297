# except ... as __debug__: at the handler
try:
    pass
except ValueError as __debug__:
    pass
