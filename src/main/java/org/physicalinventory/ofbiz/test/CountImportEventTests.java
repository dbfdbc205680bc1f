package org.physicalinventory.ofbiz.test;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.ReadListener;
import javax.servlet.ServletInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;
import org.physicalinventory.ofbiz.count.CountImportEvents;

/**
 * The upload of a file of counts with OFBiz's CSRF defence on: the form's action carries the token as a URL parameter,
 * and OFBiz's service event then skipped the multipart body (testdef/PhysInvTests.xml).
 */
public class CountImportEventTests extends PhysInvTestCase {

    public CountImportEventTests(String name) {
        super(name);
    }

    public void testAnUploadWhoseActionCarriesTheCsrfTokenKeepsTheListAndTheFile() throws Exception {
        String boundary = "PiBoundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"piListId\"\r\n\r\nL1\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"mode\"\r\n\r\nADD\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"countFile\"; filename=\"counts.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nLocation,Product,Quantity\nA01,PI-1001,2\n\r\n--" + boundary + "--\r\n";
        Map<String, Object> fields = CountImportEvents.formFields(multipart(body, boundary, Map.of("csrf", new String[] {"token"})));
        assertEquals("L1", fields.get("piListId"));
        assertEquals("ADD", fields.get("mode"));
        assertEquals("counts.csv", fields.get("_countFile_fileName"));
        assertEquals("Location,Product,Quantity\nA01,PI-1001,2\n",
                StandardCharsets.UTF_8.decode(((ByteBuffer) fields.get("countFile")).duplicate()).toString());
    }

    /** A multipart POST as the servlet container hands it to OFBiz: its URL's parameters, its body unread. */
    private HttpServletRequest multipart(String body, String boundary, Map<String, String[]> urlParameters) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        ServletInputStream stream = new ServletInputStream() {
            @Override public int read() {
                return in.read();
            }
            @Override public boolean isFinished() {
                return in.available() == 0;
            }
            @Override public boolean isReady() {
                return true;
            }
            @Override public void setReadListener(ReadListener listener) {
            }
        };
        Map<String, Object> attributes = new HashMap<>(Map.of("delegator", getDelegator()));
        HttpSession session = (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpSession.class},
                (proxy, method, args) -> null);
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getMethod" -> "POST";
                    case "getContentType" -> "multipart/form-data; boundary=" + boundary;
                    case "getContentLength" -> bytes.length;
                    case "getContentLengthLong" -> (long) bytes.length;
                    case "getHeader" -> "Content-Length".equalsIgnoreCase((String) args[0]) ? String.valueOf(bytes.length) : null;
                    case "getCharacterEncoding" -> "UTF-8";
                    case "getInputStream" -> stream;
                    case "getParameterMap" -> urlParameters;
                    case "getSession" -> session;
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    default -> method.getReturnType() == boolean.class ? Boolean.FALSE : null;
                });
    }
}
