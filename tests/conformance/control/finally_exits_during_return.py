# A break, continue or return inside a finally body that a return is running: inner finally bodies run once, the pending value is dropped
import sys

x = [1]

def return_in_finally_drops_value():
    try:
        return x
    finally:
        return 5

def break_in_finally_drops_value():
    for i in range(3):
        try:
            return x
        finally:
            break
    return i

def nested_finally_then_break():
    while True:
        try:
            try:
                return x
            finally:
                print("  inner finally")
        finally:
            print("  outer finally")
            break
    return "after loop"

def nested_finally_constant_then_break():
    while True:
        try:
            try:
                return 1
            finally:
                print("  inner finally")
        finally:
            print("  outer finally")
            break
    return 2

def continue_until_last():
    for i in range(3):
        try:
            try:
                return x
            finally:
                print("  inner", i)
        finally:
            if i < 2:
                continue
    return "end"

class Manager:
    def __enter__(self):
        print("  enter")
        return self
    def __exit__(self, *exc):
        print("  exit", exc)
        return False

def with_inside_loop_continue():
    for i in range(2):
        with Manager():
            try:
                return x
            finally:
                continue
    return "loop done"

def handler_then_finally_break():
    for i in range(2):
        try:
            try:
                raise KeyError(i)
            except KeyError as e:
                return e
        finally:
            print("  finally sees", sys.exc_info()[0])
            break
    return sys.exc_info()

for f in [return_in_finally_drops_value, break_in_finally_drops_value, nested_finally_then_break,
          nested_finally_constant_then_break, continue_until_last, with_inside_loop_continue,
          handler_then_finally_break]:
    print(f.__name__)
    print(" ->", f(), sys.getrefcount(x))
