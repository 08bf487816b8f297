# a group raised while handling another exception prints the context first, then the boxed group
try:
    {}["missing"]
except KeyError:
    raise BaseExceptionGroup("base", [KeyboardInterrupt(), ExceptionGroup("nested", [ZeroDivisionError("z")])])
