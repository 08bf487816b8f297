# except* refuses ExceptionGroup types and non-exception classes at run time
for spec in [ExceptionGroup, (ValueError, BaseExceptionGroup), int, (ValueError, 3)]:
    try:
        try:
            raise ValueError(1)
        except* spec:
            print("matched")
    except TypeError as err:
        print(type(err).__name__, err)
