class AppError(Exception):
    def __init__(self, code, *args):
        super().__init__(*args)
        self.code = code

def risky(n):
    if n < 0:
        raise AppError(1, 'negative') from ValueError(n)
    return n

try:
    risky(-1)
except AppError as err:
    print(err.code, err.__cause__)
else:
    print('fine')
finally:
    print('done')
