# except*: with no type says 'expected one or more exception types'
try:
    pass
except*:
    pass
