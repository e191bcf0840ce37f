/*
 * Stand-ins for the libcurl functions Foundation's URLSession (FoundationNetworking) refers to.
 *
 * ppid makes no HTTP requests, but FlyingFox (the `ppid serve` server) also carries a proxy handler
 * built on URLSession, so a static link of the Swift runtime pulls in FoundationNetworking and with
 * it libcurl, which Debian ships only as a shared library. `make release` archives this file as
 * the `libcurl.a` that link finds, so the installed `ppid` needs no libcurl. Should anything ever
 * reach one of these, the program stops with a message instead of misbehaving.
 */
#include <stdio.h>
#include <stdlib.h>

static void unused_curl(const char *name) {
    fprintf(stderr, "ppid: %s dipanggil, padahal ppid dibangun tanpa libcurl (tidak memakai jaringan HTTP keluar).\n", name);
    abort();
}

#define UNUSED_CURL(name) void *name(void) { unused_curl(#name); return NULL; }

UNUSED_CURL(curl_easy_cleanup)
UNUSED_CURL(curl_easy_getinfo)
UNUSED_CURL(curl_easy_init)
UNUSED_CURL(curl_easy_pause)
UNUSED_CURL(curl_easy_setopt)
UNUSED_CURL(curl_easy_strerror)
UNUSED_CURL(curl_free)
UNUSED_CURL(curl_global_init)
UNUSED_CURL(curl_multi_add_handle)
UNUSED_CURL(curl_multi_assign)
UNUSED_CURL(curl_multi_cleanup)
UNUSED_CURL(curl_multi_info_read)
UNUSED_CURL(curl_multi_init)
UNUSED_CURL(curl_multi_remove_handle)
UNUSED_CURL(curl_multi_setopt)
UNUSED_CURL(curl_multi_socket_action)
UNUSED_CURL(curl_slist_append)
UNUSED_CURL(curl_slist_free_all)
UNUSED_CURL(curl_url)
UNUSED_CURL(curl_url_get)
UNUSED_CURL(curl_url_set)
UNUSED_CURL(curl_version)
UNUSED_CURL(curl_version_info)
