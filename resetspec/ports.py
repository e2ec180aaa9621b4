"""Free TCP ports on the loopback interface."""

from __future__ import annotations

import socket

LOOPBACK = "127.0.0.1"


def free_port(host: str = LOOPBACK) -> int:
    """A port nobody listens on right now; the caller binds it soon after.

    aiosmtpd's Controller cannot be given port 0 (it must know the port to check it is up),
    so the port is chosen here by letting the kernel pick one and releasing it at once.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]
