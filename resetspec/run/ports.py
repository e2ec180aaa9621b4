"""Free TCP ports on the loopback interface."""

from __future__ import annotations

import socket
from urllib.parse import urlparse

import requests

LOOPBACK = "127.0.0.1"


LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}


def session_for(base_url: str) -> requests.Session:
    """A requests session; to a loopback address it ignores the proxy variables.

    requests reads the environment's proxy settings again on every request (a few hundred
    microseconds each, hundreds of times a run); a loopback address never goes through a proxy,
    while another deployment may well need one.
    """
    session = requests.Session()
    session.trust_env = urlparse(base_url).hostname not in LOOPBACK_HOSTS
    return session


def free_port(host: str = LOOPBACK) -> int:
    """A port nobody listens on right now; the caller binds it soon after.

    aiosmtpd's Controller cannot be given port 0 (it must know the port to check it is up),
    so the port is chosen here by letting the kernel pick one and releasing it at once.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]
