# SyntaxError report: import * inside a function: the caret under the star
def f():
    from os import *
