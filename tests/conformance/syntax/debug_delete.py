# deleting __debug__: "cannot delete __debug__" at the name
del __debug__
