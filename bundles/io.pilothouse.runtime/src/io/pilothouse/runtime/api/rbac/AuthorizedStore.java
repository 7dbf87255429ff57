package io.pilothouse.runtime.api.rbac;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;
import io.pilothouse.runtime.api.ApiErrors;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.GroupResource;
import io.pilothouse.runtime.api.KindInfo;
import io.pilothouse.runtime.api.ObjectStore;

/**
 * The API server's requests made as a user: each call is authorized before admission, as the apiserver's
 * authorization filter does, by the privileged group {@code system:masters} and then by RBAC over the store's roles
 * and bindings; a denied call fails with upstream's 403 Forbidden. Creating and updating roles and bindings also
 * passes the escalation and bind guards ({@link RbacGuards}). Calls made on the {@link ObjectStore} itself are the
 * cluster admin's ({@link UserInfo#CLUSTER_ADMIN}), as are the controllers' (see {@link RbacBootstrap}).
 */
public final class AuthorizedStore {

    private static final String NAMESPACES = "namespaces";

    private final ObjectStore store;
    private final UserInfo user;
    private final RbacAuthorizer authorizer;
    private final RbacGuards guards;

    /** Requests to a store as a user. */
    public AuthorizedStore(ObjectStore store, UserInfo user) {
        this.store = store;
        this.user = user;
        this.authorizer = new RbacAuthorizer(store);
        this.guards = new RbacGuards(store);
    }

    /**
     * Creates an object as {@link ObjectStore#create}, once the user may {@code create} the resource.
     *
     * @throws ApiException Forbidden, or as the store
     */
    public <T extends EObject> T create(T object) {
        KindInfo info = KindInfo.of(object.eClass());
        authorize("create", info, info.metadata(object).getNamespace(), "", "");
        guards.checkCreate(user, object);
        return store.create(object);
    }

    /**
     * Reads an object as {@link ObjectStore#get}, once the user may {@code get} it.
     *
     * @throws ApiException Forbidden, or as the store
     */
    public <T extends EObject> T get(EClass kind, String namespace, String name) {
        authorize("get", KindInfo.of(kind), namespace, "", name);
        return store.get(kind, namespace, name);
    }

    /**
     * Lists objects as {@link ObjectStore#list}, once the user may {@code list} them in the namespace (at the
     * cluster scope for {@code null}).
     *
     * @throws ApiException Forbidden
     */
    public <T extends EObject> List<T> list(EClass kind, String namespace, LabelSelector selector) {
        KindInfo info = KindInfo.of(kind);
        authorize("list", info, namespace == null ? "" : namespace, "", "");
        return store.list(kind, namespace, selector);
    }

    /**
     * Replaces an object as {@link ObjectStore#update}, once the user may {@code update} it.
     *
     * @throws ApiException Forbidden, or as the store
     */
    public <T extends EObject> T update(T object) {
        KindInfo info = KindInfo.of(object.eClass());
        authorize("update", info, info.metadata(object).getNamespace(), "", info.metadata(object).getName());
        guards.checkUpdate(user, object);
        return store.update(object);
    }

    /**
     * Replaces the status of an object as {@link ObjectStore#updateStatus}, once the user may {@code update} its
     * {@code status} subresource.
     *
     * @throws ApiException Forbidden, or as the store
     */
    public <T extends EObject> T updateStatus(T object) {
        KindInfo info = KindInfo.of(object.eClass());
        authorize("update", info, info.metadata(object).getNamespace(), "status", info.metadata(object).getName());
        return store.updateStatus(object);
    }

    /**
     * Deletes an object as {@link ObjectStore#delete(EClass, String, String)}, once the user may {@code delete} it.
     *
     * @throws ApiException Forbidden, or as the store
     */
    public <T extends EObject> T delete(EClass kind, String namespace, String name) {
        authorize("delete", KindInfo.of(kind), namespace, "", name);
        return store.delete(kind, namespace, name);
    }

    /**
     * Decides a request as the apiserver's authorizers in their order: the privileged group, then RBAC.
     *
     * @return the decision, whose reason is RBAC's
     */
    public Decision authorize(Attributes request) {
        if (user.inGroup(UserInfo.MASTERS)) {
            return new Decision(true, "");
        }
        return authorizer.authorize(user, request);
    }

    /**
     * What a {@code SelfSubjectRulesReview} answers the user for a namespace: the resource rules, then the
     * non-resource rules, of the privileged group and then of RBAC; a rule with both kinds is split in two.
     */
    public List<Rule> rulesReview(String namespace) {
        List<Rule> rules = new ArrayList<>();
        if (user.inGroup(UserInfo.MASTERS)) {
            rules.addAll(Rule.FULL_AUTHORITY);
        }
        rules.addAll(authorizer.rulesFor(user, namespace));
        List<Rule> review = new ArrayList<>();
        for (Rule rule : rules) {
            if (!rule.resources().isEmpty()) {
                review.add(new Rule(rule.apiGroups(), rule.resources(), rule.resourceNames(), List.of(),
                        rule.verbs()));
            }
        }
        for (Rule rule : rules) {
            if (!rule.nonResourceURLs().isEmpty()) {
                review.add(new Rule(List.of(), List.of(), List.of(), rule.nonResourceURLs(), rule.verbs()));
            }
        }
        return review;
    }

    /**
     * The request's attributes as the apiserver's request info has them: a namespaced kind without namespace is in
     * {@code default}, and a request for a named namespace is in that namespace.
     */
    private void authorize(String verb, KindInfo info, String namespace, String subresource, String name) {
        GroupResource resource = info.resource();
        String scope = "";
        if (resource.group().isEmpty() && resource.resource().equals(NAMESPACES)) {
            scope = name;
        } else if (info.namespaced()) {
            scope = namespace == null ? "default" : namespace;
        }
        Attributes request = Attributes.resource(verb, scope, resource.group(), resource.resource(), subresource,
                name);
        Decision decision = authorize(request);
        if (!decision.allowed()) {
            throw forbidden(request, decision.reason());
        }
    }

    /** Upstream's {@code responsewriters.Forbidden}: who cannot do what where, then the authorizer's reason. */
    private ApiException forbidden(Attributes request, String reason) {
        String resource = request.subresource().isEmpty()
                ? request.resource()
                : request.resource() + "/" + request.subresource();
        String message = "User " + Rule.quote(user.name()) + " cannot " + request.verb() + " resource "
                + Rule.quote(resource) + " in API group " + Rule.quote(request.apiGroup())
                + (request.namespace().isEmpty()
                        ? " at the cluster scope"
                        : " in the namespace " + Rule.quote(request.namespace()));
        return ApiErrors.forbidden(new GroupResource(request.apiGroup(), request.resource()), request.name(),
                reason.isEmpty() ? message : message + ": " + reason);
    }
}
