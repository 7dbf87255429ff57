/**
 */
package io.pilothouse.model.k8s.batch.v1.impl;

import io.pilothouse.model.k8s.batch.v1.BatchV1Package;
import io.pilothouse.model.k8s.batch.v1.JobSpec;
import io.pilothouse.model.k8s.batch.v1.PodFailurePolicy;
import io.pilothouse.model.k8s.batch.v1.SuccessPolicy;

import io.pilothouse.model.k8s.core.v1.PodTemplateSpec;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Job Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.JobSpecImpl#getActiveDeadlineSeconds <em>Active Deadline Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.JobSpecImpl#getBackoffLimit <em>Backoff Limit</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.JobSpecImpl#getBackoffLimitPerIndex <em>Backoff Limit Per Index</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.JobSpecImpl#getCompletionMode <em>Completion Mode</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.JobSpecImpl#getCompletions <em>Completions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.JobSpecImpl#getManagedBy <em>Managed By</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.JobSpecImpl#getManualSelector <em>Manual Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.JobSpecImpl#getMaxFailedIndexes <em>Max Failed Indexes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.JobSpecImpl#getParallelism <em>Parallelism</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.JobSpecImpl#getPodFailurePolicy <em>Pod Failure Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.JobSpecImpl#getPodReplacementPolicy <em>Pod Replacement Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.JobSpecImpl#getSelector <em>Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.JobSpecImpl#getSuccessPolicy <em>Success Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.JobSpecImpl#getSuspend <em>Suspend</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.JobSpecImpl#getTemplate <em>Template</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.JobSpecImpl#getTtlSecondsAfterFinished <em>Ttl Seconds After Finished</em>}</li>
 * </ul>
 *
 * @generated
 */
public class JobSpecImpl extends MinimalEObjectImpl.Container implements JobSpec {
	/**
	 * The default value of the '{@link #getActiveDeadlineSeconds() <em>Active Deadline Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActiveDeadlineSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final Long ACTIVE_DEADLINE_SECONDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActiveDeadlineSeconds() <em>Active Deadline Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActiveDeadlineSeconds()
	 * @generated
	 * @ordered
	 */
	protected Long activeDeadlineSeconds = ACTIVE_DEADLINE_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBackoffLimit() <em>Backoff Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackoffLimit()
	 * @generated
	 * @ordered
	 */
	protected static final Integer BACKOFF_LIMIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBackoffLimit() <em>Backoff Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackoffLimit()
	 * @generated
	 * @ordered
	 */
	protected Integer backoffLimit = BACKOFF_LIMIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getBackoffLimitPerIndex() <em>Backoff Limit Per Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackoffLimitPerIndex()
	 * @generated
	 * @ordered
	 */
	protected static final Integer BACKOFF_LIMIT_PER_INDEX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBackoffLimitPerIndex() <em>Backoff Limit Per Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackoffLimitPerIndex()
	 * @generated
	 * @ordered
	 */
	protected Integer backoffLimitPerIndex = BACKOFF_LIMIT_PER_INDEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getCompletionMode() <em>Completion Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletionMode()
	 * @generated
	 * @ordered
	 */
	protected static final String COMPLETION_MODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCompletionMode() <em>Completion Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletionMode()
	 * @generated
	 * @ordered
	 */
	protected String completionMode = COMPLETION_MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCompletions() <em>Completions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletions()
	 * @generated
	 * @ordered
	 */
	protected static final Integer COMPLETIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCompletions() <em>Completions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletions()
	 * @generated
	 * @ordered
	 */
	protected Integer completions = COMPLETIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getManagedBy() <em>Managed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManagedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String MANAGED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getManagedBy() <em>Managed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManagedBy()
	 * @generated
	 * @ordered
	 */
	protected String managedBy = MANAGED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getManualSelector() <em>Manual Selector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManualSelector()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean MANUAL_SELECTOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getManualSelector() <em>Manual Selector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManualSelector()
	 * @generated
	 * @ordered
	 */
	protected Boolean manualSelector = MANUAL_SELECTOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxFailedIndexes() <em>Max Failed Indexes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxFailedIndexes()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MAX_FAILED_INDEXES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxFailedIndexes() <em>Max Failed Indexes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxFailedIndexes()
	 * @generated
	 * @ordered
	 */
	protected Integer maxFailedIndexes = MAX_FAILED_INDEXES_EDEFAULT;

	/**
	 * The default value of the '{@link #getParallelism() <em>Parallelism</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParallelism()
	 * @generated
	 * @ordered
	 */
	protected static final Integer PARALLELISM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParallelism() <em>Parallelism</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParallelism()
	 * @generated
	 * @ordered
	 */
	protected Integer parallelism = PARALLELISM_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPodFailurePolicy() <em>Pod Failure Policy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPodFailurePolicy()
	 * @generated
	 * @ordered
	 */
	protected PodFailurePolicy podFailurePolicy;

	/**
	 * The default value of the '{@link #getPodReplacementPolicy() <em>Pod Replacement Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPodReplacementPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final String POD_REPLACEMENT_POLICY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPodReplacementPolicy() <em>Pod Replacement Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPodReplacementPolicy()
	 * @generated
	 * @ordered
	 */
	protected String podReplacementPolicy = POD_REPLACEMENT_POLICY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSelector() <em>Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelector()
	 * @generated
	 * @ordered
	 */
	protected LabelSelector selector;

	/**
	 * The cached value of the '{@link #getSuccessPolicy() <em>Success Policy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuccessPolicy()
	 * @generated
	 * @ordered
	 */
	protected SuccessPolicy successPolicy;

	/**
	 * The default value of the '{@link #getSuspend() <em>Suspend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuspend()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean SUSPEND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSuspend() <em>Suspend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuspend()
	 * @generated
	 * @ordered
	 */
	protected Boolean suspend = SUSPEND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTemplate() <em>Template</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplate()
	 * @generated
	 * @ordered
	 */
	protected PodTemplateSpec template;

	/**
	 * The default value of the '{@link #getTtlSecondsAfterFinished() <em>Ttl Seconds After Finished</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTtlSecondsAfterFinished()
	 * @generated
	 * @ordered
	 */
	protected static final Integer TTL_SECONDS_AFTER_FINISHED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTtlSecondsAfterFinished() <em>Ttl Seconds After Finished</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTtlSecondsAfterFinished()
	 * @generated
	 * @ordered
	 */
	protected Integer ttlSecondsAfterFinished = TTL_SECONDS_AFTER_FINISHED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected JobSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return BatchV1Package.Literals.JOB_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getActiveDeadlineSeconds() {
		return activeDeadlineSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActiveDeadlineSeconds(Long newActiveDeadlineSeconds) {
		Long oldActiveDeadlineSeconds = activeDeadlineSeconds;
		activeDeadlineSeconds = newActiveDeadlineSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.JOB_SPEC__ACTIVE_DEADLINE_SECONDS, oldActiveDeadlineSeconds, activeDeadlineSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getBackoffLimit() {
		return backoffLimit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBackoffLimit(Integer newBackoffLimit) {
		Integer oldBackoffLimit = backoffLimit;
		backoffLimit = newBackoffLimit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.JOB_SPEC__BACKOFF_LIMIT, oldBackoffLimit, backoffLimit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getBackoffLimitPerIndex() {
		return backoffLimitPerIndex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBackoffLimitPerIndex(Integer newBackoffLimitPerIndex) {
		Integer oldBackoffLimitPerIndex = backoffLimitPerIndex;
		backoffLimitPerIndex = newBackoffLimitPerIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.JOB_SPEC__BACKOFF_LIMIT_PER_INDEX, oldBackoffLimitPerIndex, backoffLimitPerIndex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCompletionMode() {
		return completionMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompletionMode(String newCompletionMode) {
		String oldCompletionMode = completionMode;
		completionMode = newCompletionMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.JOB_SPEC__COMPLETION_MODE, oldCompletionMode, completionMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getCompletions() {
		return completions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompletions(Integer newCompletions) {
		Integer oldCompletions = completions;
		completions = newCompletions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.JOB_SPEC__COMPLETIONS, oldCompletions, completions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getManagedBy() {
		return managedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManagedBy(String newManagedBy) {
		String oldManagedBy = managedBy;
		managedBy = newManagedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.JOB_SPEC__MANAGED_BY, oldManagedBy, managedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getManualSelector() {
		return manualSelector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManualSelector(Boolean newManualSelector) {
		Boolean oldManualSelector = manualSelector;
		manualSelector = newManualSelector;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.JOB_SPEC__MANUAL_SELECTOR, oldManualSelector, manualSelector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMaxFailedIndexes() {
		return maxFailedIndexes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxFailedIndexes(Integer newMaxFailedIndexes) {
		Integer oldMaxFailedIndexes = maxFailedIndexes;
		maxFailedIndexes = newMaxFailedIndexes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.JOB_SPEC__MAX_FAILED_INDEXES, oldMaxFailedIndexes, maxFailedIndexes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getParallelism() {
		return parallelism;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParallelism(Integer newParallelism) {
		Integer oldParallelism = parallelism;
		parallelism = newParallelism;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.JOB_SPEC__PARALLELISM, oldParallelism, parallelism));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodFailurePolicy getPodFailurePolicy() {
		return podFailurePolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPodFailurePolicy(PodFailurePolicy newPodFailurePolicy, NotificationChain msgs) {
		PodFailurePolicy oldPodFailurePolicy = podFailurePolicy;
		podFailurePolicy = newPodFailurePolicy;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, BatchV1Package.JOB_SPEC__POD_FAILURE_POLICY, oldPodFailurePolicy, newPodFailurePolicy);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPodFailurePolicy(PodFailurePolicy newPodFailurePolicy) {
		if (newPodFailurePolicy != podFailurePolicy) {
			NotificationChain msgs = null;
			if (podFailurePolicy != null)
				msgs = ((InternalEObject)podFailurePolicy).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - BatchV1Package.JOB_SPEC__POD_FAILURE_POLICY, null, msgs);
			if (newPodFailurePolicy != null)
				msgs = ((InternalEObject)newPodFailurePolicy).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - BatchV1Package.JOB_SPEC__POD_FAILURE_POLICY, null, msgs);
			msgs = basicSetPodFailurePolicy(newPodFailurePolicy, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.JOB_SPEC__POD_FAILURE_POLICY, newPodFailurePolicy, newPodFailurePolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPodReplacementPolicy() {
		return podReplacementPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPodReplacementPolicy(String newPodReplacementPolicy) {
		String oldPodReplacementPolicy = podReplacementPolicy;
		podReplacementPolicy = newPodReplacementPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.JOB_SPEC__POD_REPLACEMENT_POLICY, oldPodReplacementPolicy, podReplacementPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelSelector getSelector() {
		return selector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSelector(LabelSelector newSelector, NotificationChain msgs) {
		LabelSelector oldSelector = selector;
		selector = newSelector;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, BatchV1Package.JOB_SPEC__SELECTOR, oldSelector, newSelector);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSelector(LabelSelector newSelector) {
		if (newSelector != selector) {
			NotificationChain msgs = null;
			if (selector != null)
				msgs = ((InternalEObject)selector).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - BatchV1Package.JOB_SPEC__SELECTOR, null, msgs);
			if (newSelector != null)
				msgs = ((InternalEObject)newSelector).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - BatchV1Package.JOB_SPEC__SELECTOR, null, msgs);
			msgs = basicSetSelector(newSelector, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.JOB_SPEC__SELECTOR, newSelector, newSelector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SuccessPolicy getSuccessPolicy() {
		return successPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSuccessPolicy(SuccessPolicy newSuccessPolicy, NotificationChain msgs) {
		SuccessPolicy oldSuccessPolicy = successPolicy;
		successPolicy = newSuccessPolicy;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, BatchV1Package.JOB_SPEC__SUCCESS_POLICY, oldSuccessPolicy, newSuccessPolicy);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSuccessPolicy(SuccessPolicy newSuccessPolicy) {
		if (newSuccessPolicy != successPolicy) {
			NotificationChain msgs = null;
			if (successPolicy != null)
				msgs = ((InternalEObject)successPolicy).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - BatchV1Package.JOB_SPEC__SUCCESS_POLICY, null, msgs);
			if (newSuccessPolicy != null)
				msgs = ((InternalEObject)newSuccessPolicy).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - BatchV1Package.JOB_SPEC__SUCCESS_POLICY, null, msgs);
			msgs = basicSetSuccessPolicy(newSuccessPolicy, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.JOB_SPEC__SUCCESS_POLICY, newSuccessPolicy, newSuccessPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getSuspend() {
		return suspend;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSuspend(Boolean newSuspend) {
		Boolean oldSuspend = suspend;
		suspend = newSuspend;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.JOB_SPEC__SUSPEND, oldSuspend, suspend));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodTemplateSpec getTemplate() {
		return template;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTemplate(PodTemplateSpec newTemplate, NotificationChain msgs) {
		PodTemplateSpec oldTemplate = template;
		template = newTemplate;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, BatchV1Package.JOB_SPEC__TEMPLATE, oldTemplate, newTemplate);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemplate(PodTemplateSpec newTemplate) {
		if (newTemplate != template) {
			NotificationChain msgs = null;
			if (template != null)
				msgs = ((InternalEObject)template).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - BatchV1Package.JOB_SPEC__TEMPLATE, null, msgs);
			if (newTemplate != null)
				msgs = ((InternalEObject)newTemplate).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - BatchV1Package.JOB_SPEC__TEMPLATE, null, msgs);
			msgs = basicSetTemplate(newTemplate, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.JOB_SPEC__TEMPLATE, newTemplate, newTemplate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getTtlSecondsAfterFinished() {
		return ttlSecondsAfterFinished;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTtlSecondsAfterFinished(Integer newTtlSecondsAfterFinished) {
		Integer oldTtlSecondsAfterFinished = ttlSecondsAfterFinished;
		ttlSecondsAfterFinished = newTtlSecondsAfterFinished;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.JOB_SPEC__TTL_SECONDS_AFTER_FINISHED, oldTtlSecondsAfterFinished, ttlSecondsAfterFinished));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case BatchV1Package.JOB_SPEC__POD_FAILURE_POLICY:
				return basicSetPodFailurePolicy(null, msgs);
			case BatchV1Package.JOB_SPEC__SELECTOR:
				return basicSetSelector(null, msgs);
			case BatchV1Package.JOB_SPEC__SUCCESS_POLICY:
				return basicSetSuccessPolicy(null, msgs);
			case BatchV1Package.JOB_SPEC__TEMPLATE:
				return basicSetTemplate(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case BatchV1Package.JOB_SPEC__ACTIVE_DEADLINE_SECONDS:
				return getActiveDeadlineSeconds();
			case BatchV1Package.JOB_SPEC__BACKOFF_LIMIT:
				return getBackoffLimit();
			case BatchV1Package.JOB_SPEC__BACKOFF_LIMIT_PER_INDEX:
				return getBackoffLimitPerIndex();
			case BatchV1Package.JOB_SPEC__COMPLETION_MODE:
				return getCompletionMode();
			case BatchV1Package.JOB_SPEC__COMPLETIONS:
				return getCompletions();
			case BatchV1Package.JOB_SPEC__MANAGED_BY:
				return getManagedBy();
			case BatchV1Package.JOB_SPEC__MANUAL_SELECTOR:
				return getManualSelector();
			case BatchV1Package.JOB_SPEC__MAX_FAILED_INDEXES:
				return getMaxFailedIndexes();
			case BatchV1Package.JOB_SPEC__PARALLELISM:
				return getParallelism();
			case BatchV1Package.JOB_SPEC__POD_FAILURE_POLICY:
				return getPodFailurePolicy();
			case BatchV1Package.JOB_SPEC__POD_REPLACEMENT_POLICY:
				return getPodReplacementPolicy();
			case BatchV1Package.JOB_SPEC__SELECTOR:
				return getSelector();
			case BatchV1Package.JOB_SPEC__SUCCESS_POLICY:
				return getSuccessPolicy();
			case BatchV1Package.JOB_SPEC__SUSPEND:
				return getSuspend();
			case BatchV1Package.JOB_SPEC__TEMPLATE:
				return getTemplate();
			case BatchV1Package.JOB_SPEC__TTL_SECONDS_AFTER_FINISHED:
				return getTtlSecondsAfterFinished();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case BatchV1Package.JOB_SPEC__ACTIVE_DEADLINE_SECONDS:
				setActiveDeadlineSeconds((Long)newValue);
				return;
			case BatchV1Package.JOB_SPEC__BACKOFF_LIMIT:
				setBackoffLimit((Integer)newValue);
				return;
			case BatchV1Package.JOB_SPEC__BACKOFF_LIMIT_PER_INDEX:
				setBackoffLimitPerIndex((Integer)newValue);
				return;
			case BatchV1Package.JOB_SPEC__COMPLETION_MODE:
				setCompletionMode((String)newValue);
				return;
			case BatchV1Package.JOB_SPEC__COMPLETIONS:
				setCompletions((Integer)newValue);
				return;
			case BatchV1Package.JOB_SPEC__MANAGED_BY:
				setManagedBy((String)newValue);
				return;
			case BatchV1Package.JOB_SPEC__MANUAL_SELECTOR:
				setManualSelector((Boolean)newValue);
				return;
			case BatchV1Package.JOB_SPEC__MAX_FAILED_INDEXES:
				setMaxFailedIndexes((Integer)newValue);
				return;
			case BatchV1Package.JOB_SPEC__PARALLELISM:
				setParallelism((Integer)newValue);
				return;
			case BatchV1Package.JOB_SPEC__POD_FAILURE_POLICY:
				setPodFailurePolicy((PodFailurePolicy)newValue);
				return;
			case BatchV1Package.JOB_SPEC__POD_REPLACEMENT_POLICY:
				setPodReplacementPolicy((String)newValue);
				return;
			case BatchV1Package.JOB_SPEC__SELECTOR:
				setSelector((LabelSelector)newValue);
				return;
			case BatchV1Package.JOB_SPEC__SUCCESS_POLICY:
				setSuccessPolicy((SuccessPolicy)newValue);
				return;
			case BatchV1Package.JOB_SPEC__SUSPEND:
				setSuspend((Boolean)newValue);
				return;
			case BatchV1Package.JOB_SPEC__TEMPLATE:
				setTemplate((PodTemplateSpec)newValue);
				return;
			case BatchV1Package.JOB_SPEC__TTL_SECONDS_AFTER_FINISHED:
				setTtlSecondsAfterFinished((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case BatchV1Package.JOB_SPEC__ACTIVE_DEADLINE_SECONDS:
				setActiveDeadlineSeconds(ACTIVE_DEADLINE_SECONDS_EDEFAULT);
				return;
			case BatchV1Package.JOB_SPEC__BACKOFF_LIMIT:
				setBackoffLimit(BACKOFF_LIMIT_EDEFAULT);
				return;
			case BatchV1Package.JOB_SPEC__BACKOFF_LIMIT_PER_INDEX:
				setBackoffLimitPerIndex(BACKOFF_LIMIT_PER_INDEX_EDEFAULT);
				return;
			case BatchV1Package.JOB_SPEC__COMPLETION_MODE:
				setCompletionMode(COMPLETION_MODE_EDEFAULT);
				return;
			case BatchV1Package.JOB_SPEC__COMPLETIONS:
				setCompletions(COMPLETIONS_EDEFAULT);
				return;
			case BatchV1Package.JOB_SPEC__MANAGED_BY:
				setManagedBy(MANAGED_BY_EDEFAULT);
				return;
			case BatchV1Package.JOB_SPEC__MANUAL_SELECTOR:
				setManualSelector(MANUAL_SELECTOR_EDEFAULT);
				return;
			case BatchV1Package.JOB_SPEC__MAX_FAILED_INDEXES:
				setMaxFailedIndexes(MAX_FAILED_INDEXES_EDEFAULT);
				return;
			case BatchV1Package.JOB_SPEC__PARALLELISM:
				setParallelism(PARALLELISM_EDEFAULT);
				return;
			case BatchV1Package.JOB_SPEC__POD_FAILURE_POLICY:
				setPodFailurePolicy((PodFailurePolicy)null);
				return;
			case BatchV1Package.JOB_SPEC__POD_REPLACEMENT_POLICY:
				setPodReplacementPolicy(POD_REPLACEMENT_POLICY_EDEFAULT);
				return;
			case BatchV1Package.JOB_SPEC__SELECTOR:
				setSelector((LabelSelector)null);
				return;
			case BatchV1Package.JOB_SPEC__SUCCESS_POLICY:
				setSuccessPolicy((SuccessPolicy)null);
				return;
			case BatchV1Package.JOB_SPEC__SUSPEND:
				setSuspend(SUSPEND_EDEFAULT);
				return;
			case BatchV1Package.JOB_SPEC__TEMPLATE:
				setTemplate((PodTemplateSpec)null);
				return;
			case BatchV1Package.JOB_SPEC__TTL_SECONDS_AFTER_FINISHED:
				setTtlSecondsAfterFinished(TTL_SECONDS_AFTER_FINISHED_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case BatchV1Package.JOB_SPEC__ACTIVE_DEADLINE_SECONDS:
				return ACTIVE_DEADLINE_SECONDS_EDEFAULT == null ? activeDeadlineSeconds != null : !ACTIVE_DEADLINE_SECONDS_EDEFAULT.equals(activeDeadlineSeconds);
			case BatchV1Package.JOB_SPEC__BACKOFF_LIMIT:
				return BACKOFF_LIMIT_EDEFAULT == null ? backoffLimit != null : !BACKOFF_LIMIT_EDEFAULT.equals(backoffLimit);
			case BatchV1Package.JOB_SPEC__BACKOFF_LIMIT_PER_INDEX:
				return BACKOFF_LIMIT_PER_INDEX_EDEFAULT == null ? backoffLimitPerIndex != null : !BACKOFF_LIMIT_PER_INDEX_EDEFAULT.equals(backoffLimitPerIndex);
			case BatchV1Package.JOB_SPEC__COMPLETION_MODE:
				return COMPLETION_MODE_EDEFAULT == null ? completionMode != null : !COMPLETION_MODE_EDEFAULT.equals(completionMode);
			case BatchV1Package.JOB_SPEC__COMPLETIONS:
				return COMPLETIONS_EDEFAULT == null ? completions != null : !COMPLETIONS_EDEFAULT.equals(completions);
			case BatchV1Package.JOB_SPEC__MANAGED_BY:
				return MANAGED_BY_EDEFAULT == null ? managedBy != null : !MANAGED_BY_EDEFAULT.equals(managedBy);
			case BatchV1Package.JOB_SPEC__MANUAL_SELECTOR:
				return MANUAL_SELECTOR_EDEFAULT == null ? manualSelector != null : !MANUAL_SELECTOR_EDEFAULT.equals(manualSelector);
			case BatchV1Package.JOB_SPEC__MAX_FAILED_INDEXES:
				return MAX_FAILED_INDEXES_EDEFAULT == null ? maxFailedIndexes != null : !MAX_FAILED_INDEXES_EDEFAULT.equals(maxFailedIndexes);
			case BatchV1Package.JOB_SPEC__PARALLELISM:
				return PARALLELISM_EDEFAULT == null ? parallelism != null : !PARALLELISM_EDEFAULT.equals(parallelism);
			case BatchV1Package.JOB_SPEC__POD_FAILURE_POLICY:
				return podFailurePolicy != null;
			case BatchV1Package.JOB_SPEC__POD_REPLACEMENT_POLICY:
				return POD_REPLACEMENT_POLICY_EDEFAULT == null ? podReplacementPolicy != null : !POD_REPLACEMENT_POLICY_EDEFAULT.equals(podReplacementPolicy);
			case BatchV1Package.JOB_SPEC__SELECTOR:
				return selector != null;
			case BatchV1Package.JOB_SPEC__SUCCESS_POLICY:
				return successPolicy != null;
			case BatchV1Package.JOB_SPEC__SUSPEND:
				return SUSPEND_EDEFAULT == null ? suspend != null : !SUSPEND_EDEFAULT.equals(suspend);
			case BatchV1Package.JOB_SPEC__TEMPLATE:
				return template != null;
			case BatchV1Package.JOB_SPEC__TTL_SECONDS_AFTER_FINISHED:
				return TTL_SECONDS_AFTER_FINISHED_EDEFAULT == null ? ttlSecondsAfterFinished != null : !TTL_SECONDS_AFTER_FINISHED_EDEFAULT.equals(ttlSecondsAfterFinished);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (activeDeadlineSeconds: ");
		result.append(activeDeadlineSeconds);
		result.append(", backoffLimit: ");
		result.append(backoffLimit);
		result.append(", backoffLimitPerIndex: ");
		result.append(backoffLimitPerIndex);
		result.append(", completionMode: ");
		result.append(completionMode);
		result.append(", completions: ");
		result.append(completions);
		result.append(", managedBy: ");
		result.append(managedBy);
		result.append(", manualSelector: ");
		result.append(manualSelector);
		result.append(", maxFailedIndexes: ");
		result.append(maxFailedIndexes);
		result.append(", parallelism: ");
		result.append(parallelism);
		result.append(", podReplacementPolicy: ");
		result.append(podReplacementPolicy);
		result.append(", suspend: ");
		result.append(suspend);
		result.append(", ttlSecondsAfterFinished: ");
		result.append(ttlSecondsAfterFinished);
		result.append(')');
		return result.toString();
	}

} //JobSpecImpl
