/*
 * Camera scanning for a device without a wedge scanner: the browser's BarcodeDetector where it
 * reads our symbologies, otherwise ZXing (js/vendor, loaded only when needed). EAN-13, Code 128
 * and GS1-128, Data Matrix (GS1 too) and QR. A code read is handed to PI.onCode, the same path as a
 * code typed by a wedge scanner; the camera stops after each code.
 */
(function () {
    "use strict";
    var PI = window.PI;
    var FORMATS = ["ean_13", "code_128", "data_matrix", "qr_code"];
    var ZXING = "/physinv-count/js/vendor/zxing-library-0.23.0.min.js";
    var $ = function (id) { return document.getElementById(id); };
    var stream = null;
    var timer = null;

    function available() {
        return !!(navigator.mediaDevices && navigator.mediaDevices.getUserMedia);
    }

    /** A reader of video frames: resolves with function(video) -> Promise of the code text or null. */
    function reader() {
        if ("BarcodeDetector" in window) {
            return window.BarcodeDetector.getSupportedFormats().then(function (supported) {
                var formats = FORMATS.filter(function (f) { return supported.indexOf(f) >= 0; });
                if (formats.length < FORMATS.length) { return zxingReader(); }
                var detector = new window.BarcodeDetector({ formats: formats });
                return function (video) {
                    return detector.detect(video).then(function (codes) { return codes.length ? codes[0].rawValue : null; });
                };
            }, zxingReader);
        }
        return zxingReader();
    }

    function zxingReader() {
        return load(ZXING).then(function () {
            var Z = window.ZXing;
            var hints = new Map();
            hints.set(Z.DecodeHintType.POSSIBLE_FORMATS, [Z.BarcodeFormat.EAN_13, Z.BarcodeFormat.CODE_128,
                Z.BarcodeFormat.DATA_MATRIX, Z.BarcodeFormat.QR_CODE]);
            hints.set(Z.DecodeHintType.TRY_HARDER, true);
            var zxing = new Z.MultiFormatReader();
            zxing.setHints(hints);
            var canvas = document.createElement("canvas");
            return function (video) {
                if (!video.videoWidth) { return Promise.resolve(null); }
                canvas.width = video.videoWidth;
                canvas.height = video.videoHeight;
                canvas.getContext("2d", { willReadFrequently: true }).drawImage(video, 0, 0);
                try {
                    var bitmap = new Z.BinaryBitmap(new Z.HybridBinarizer(new Z.HTMLCanvasElementLuminanceSource(canvas)));
                    return Promise.resolve(zxing.decodeWithState(bitmap).getText());
                } catch (e) {
                    return Promise.resolve(null); // nothing readable in this frame
                } finally {
                    zxing.reset();
                }
            };
        });
    }

    function load(src) {
        if (window.ZXing) { return Promise.resolve(); }
        return new Promise(function (resolve, reject) {
            var script = document.createElement("script");
            script.src = src;
            script.onload = resolve;
            script.onerror = reject;
            document.head.appendChild(script);
        });
    }

    function start() {
        var video = $("camera-video");
        navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false }).then(function (s) {
            stream = s;
            video.srcObject = s;
            $("camera").hidden = false;
            return Promise.all([video.play(), reader()]);
        }).then(function (ready) {
            var read = ready[1];
            var busy = false;
            timer = setInterval(function () {
                if (busy || !stream) { return; }
                busy = true;
                read(video).then(function (code) {
                    busy = false;
                    if (code && stream) {
                        stop();
                        PI.onCode(code);
                    }
                }, function () { busy = false; });
            }, 150);
        }).catch(function (e) {
            stop();
            PI.onCameraError(e && e.name === "NotAllowedError" ? PI.labels.PhysInvHhCameraRefused : PI.labels.PhysInvHhCameraUnavailable);
        });
    }

    function stop() {
        clearInterval(timer);
        timer = null;
        if (stream) { stream.getTracks().forEach(function (t) { t.stop(); }); }
        stream = null;
        $("camera-video").srcObject = null;
        $("camera").hidden = true;
    }

    PI.camera = { available: available, start: start, stop: stop };
})();
