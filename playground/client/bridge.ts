/**
 * Source of the script put into the sidebar frame: a google.script.run that posts each call to the
 * playground server, which runs it against dist/Code.js in the emulator (JSON in and out, as Apps Script).
 * It is a string because it runs inside the frame, not in this page.
 */
export const bridgeScript = `(() => {
  function makeRunner(success, failure, userObject) {
    return new Proxy({}, {
      get(_, name) {
        if (name === "withSuccessHandler") return (fn) => makeRunner(fn, failure, userObject);
        if (name === "withFailureHandler") return (fn) => makeRunner(success, fn, userObject);
        if (name === "withUserObject") return (obj) => makeRunner(success, failure, obj);
        return (...args) => {
          fetch("/api/script-run", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ name, args }),
          })
            .then((response) => response.json())
            .then((result) => {
              parent.postMessage({ type: "kam:changed" }, "*");
              if (result.ok) { if (success) success(result.value, userObject); }
              else if (failure) failure(new Error(result.error), userObject);
            })
            .catch((error) => { if (failure) failure(error, userObject); });
        };
      },
    });
  }
  window.google = {
    script: {
      run: makeRunner(null, null, undefined),
      host: {
        close: () => parent.postMessage({ type: "kam:close" }, "*"),
        setHeight: () => {},
        setWidth: () => {},
        editor: { focus: () => {} },
      },
    },
  };
})();`;
