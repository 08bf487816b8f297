# A class body is not a function.
class Config:
    value = await load()
